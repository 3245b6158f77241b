namespace NavLederprogram.Programmes;

/// <summary>
/// Programme content as a reader sees it: in the language of the request (Accept-Language), or in bokmål when it has
/// not been translated into that language. <see cref="Language"/> is the language of <see cref="Text"/> (nb, nn or en)
/// and <see cref="IsFallback"/> says that the reader asked for another.
/// </summary>
public sealed record ContentTextDto(string Text, string Language, bool IsFallback);

/// <summary>
/// Programme content as its editors see it: bokmål and the translations (null when missing), and the text resolved
/// for the request's language as for readers.
/// </summary>
public sealed record TranslatedTextDto(string Nb, string? Nn, string? En, string Text, string Language, bool IsFallback);

/// <summary>Bokmål is required; nynorsk and English are optional and fall back to bokmål when left empty.</summary>
public sealed class TranslatedTextInput
{
    public string? Nb { get; set; }
    public string? Nn { get; set; }
    public string? En { get; set; }
}
