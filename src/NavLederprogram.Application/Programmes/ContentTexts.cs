using System.Globalization;
using NavLederprogram.Localization;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

/// <summary>Programme content in and out of the API: resolved for readers, whole for editors, validated on the way in.</summary>
internal static class ContentTexts
{
    /// <summary>The reader's language, from the request's Accept-Language.</summary>
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public static ContentTextDto ToContent(this TranslatedText text, string? culture = null)
    {
        var resolved = text.Resolve(culture ?? Culture);
        return new ContentTextDto(resolved.Text, resolved.Language, resolved.IsFallback);
    }

    public static TranslatedTextDto ToEditable(this TranslatedText text)
    {
        var resolved = text.Resolve(Culture);
        return new TranslatedTextDto(text.Nb, text.Nn, text.En, resolved.Text, resolved.Language, resolved.IsFallback);
    }

    /// <summary>The text in <paramref name="culture"/> (the reader's by default), bokmål where it is not translated.</summary>
    public static string In(this TranslatedText text, string? culture = null) => text.Resolve(culture ?? Culture).Text;

    /// <summary>Bokmål is required when the text is or when it has a translation, each language within the length limit; errors land on e.g. <c>title.nb</c>.</summary>
    public static InputValidator RequireTranslated(this InputValidator validator, string field, TranslatedTextInput? input, int maxLength, bool required = true)
    {
        // A translation needs its bokmål original, even of a text that may be left empty.
        if (required || !string.IsNullOrWhiteSpace(input?.Nn) || !string.IsNullOrWhiteSpace(input?.En)) validator.RequireText($"{field}.nb", input?.Nb, maxLength);
        else if (input?.Nb?.Trim().Length > maxLength) validator.Add($"{field}.nb", InputValidator.MaxLength, maxLength);
        if (input?.Nn?.Trim().Length > maxLength) validator.Add($"{field}.nn", InputValidator.MaxLength, maxLength);
        if (input?.En?.Trim().Length > maxLength) validator.Add($"{field}.en", InputValidator.MaxLength, maxLength);
        return validator;
    }

    public static TranslatedText ToText(this TranslatedTextInput? input) => new(input?.Nb ?? "", input?.Nn, input?.En);
}
