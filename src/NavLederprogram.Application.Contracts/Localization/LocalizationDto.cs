namespace NavLederprogram.Localization;

public sealed record LocalizationDto(string Culture, IReadOnlyDictionary<string, string> Texts);
