namespace NavLederprogram.Programmes;

/// <summary>
/// Programme content as its editors see it: bokmål and the translations (null when missing), and the text resolved
/// for the request's language as for readers.
/// </summary>
public sealed record TranslatedTextDto(string Nb, string? Nn, string? En, string Text, string Language, bool IsFallback);
