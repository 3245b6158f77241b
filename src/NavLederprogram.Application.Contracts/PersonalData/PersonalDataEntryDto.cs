namespace NavLederprogram.PersonalData;

/// <summary>One stored item of a kind (<c>Page:PersonalData.Kind.{Kind}</c>), as named values. A private text in an admin's export has an empty value.</summary>
public sealed record PersonalDataEntryDto(string Kind, IReadOnlyDictionary<string, string?> Values);
