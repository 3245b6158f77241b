namespace NavLederprogram.Localization;

/// <summary>
/// Content written in bokmål, optionally translated into nynorsk and English. A missing translation falls back to
/// bokmål, and the reader is told so (WCAG 3.1.2: the text is marked as bokmål).
/// </summary>
public sealed record TranslatedText
{
    public static readonly TranslatedText Empty = new("");

    public string Nb { get; }
    public string? Nn { get; }
    public string? En { get; }

    /// <summary>Trims each language; a blank translation counts as none.</summary>
    public TranslatedText(string nb, string? nn = null, string? en = null)
    {
        Nb = nb?.Trim() ?? "";
        Nn = string.IsNullOrWhiteSpace(nn) ? null : nn.Trim();
        En = string.IsNullOrWhiteSpace(en) ? null : en.Trim();
    }

    /// <summary>The text in <paramref name="culture"/> (nb-NO, nn, en-GB…), or bokmål when it has no translation into it.</summary>
    public ResolvedText Resolve(string? culture)
    {
        var language = LocalizationTexts.Normalize(culture);
        var text = language switch
        {
            "nn" => Nn,
            "en" => En,
            _ => Nb,
        };
        return text is null ? new ResolvedText(Nb, "nb", true) : new ResolvedText(text, language, false);
    }

    /// <summary>A plain text is bokmål, as all content was before it could be translated.</summary>
    public static implicit operator TranslatedText(string nb) => new(nb);

    public override string ToString() => Nb;
}
