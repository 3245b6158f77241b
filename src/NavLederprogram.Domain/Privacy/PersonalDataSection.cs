namespace NavLederprogram.Privacy;

/// <summary>One module's part of an export.</summary>
public sealed record PersonalDataSection(string Module, IReadOnlyList<PersonalDataEntry> Entries);
