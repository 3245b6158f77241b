using System.Globalization;
using NavLederprogram.Localization;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>
/// Course texts in and out of the API: whole for editors, resolved for the reader's language, validated on the way in.
/// </summary>
internal static class CourseTexts
{
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public static CourseTextDto ToEditable(this TranslatedText text)
    {
        var resolved = text.Resolve(Culture);
        return new CourseTextDto(text.Nb, text.Nn, text.En, resolved.Text, resolved.Language, resolved.IsFallback);
    }

    public static string In(this TranslatedText text) => text.Resolve(Culture).Text;

    /// <summary>The text in the reader's language (the request's Accept-Language), bokmål where it is not translated.</summary>
    public static CourseContentTextDto ToContent(this TranslatedText text, string? culture = null)
    {
        var resolved = text.Resolve(culture ?? Culture);
        return new CourseContentTextDto(resolved.Text, resolved.Language, resolved.IsFallback);
    }

    /// <summary>Bokmål is required when the text is or when it has a translation, each language within the length limit; errors land on e.g. <c>title.nb</c>.</summary>
    public static InputValidator RequireTranslated(this InputValidator validator, string field, CourseTextInput? input, int maxLength, bool required = true)
    {
        if (required || !string.IsNullOrWhiteSpace(input?.Nn) || !string.IsNullOrWhiteSpace(input?.En)) validator.RequireText($"{field}.nb", input?.Nb, maxLength);
        else if (input?.Nb?.Trim().Length > maxLength) validator.Add($"{field}.nb", InputValidator.MaxLength, maxLength);
        if (input?.Nn?.Trim().Length > maxLength) validator.Add($"{field}.nn", InputValidator.MaxLength, maxLength);
        if (input?.En?.Trim().Length > maxLength) validator.Add($"{field}.en", InputValidator.MaxLength, maxLength);
        return validator;
    }

    public static TranslatedText ToText(this CourseTextInput? input) => new(input?.Nb ?? "", input?.Nn, input?.En);
}
