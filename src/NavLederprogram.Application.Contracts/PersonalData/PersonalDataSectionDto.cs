namespace NavLederprogram.PersonalData;

/// <summary>One module's part; its title is the text <c>Page:PersonalData.Module.{Module}</c>.</summary>
public sealed record PersonalDataSectionDto(string Module, IReadOnlyList<PersonalDataEntryDto> Entries);
