using System.Globalization;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

/// <summary>Question texts in and out of the API: whole for editors, in the reader's language for respondents and results.</summary>
internal static class EvaluationTexts
{
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public static TranslatedTextDto ToEditable(this TranslatedText text)
    {
        var resolved = text.Resolve(Culture);
        return new TranslatedTextDto(text.Nb, text.Nn, text.En, resolved.Text, resolved.Language, resolved.IsFallback);
    }

    public static string In(this TranslatedText text) => text.Resolve(Culture).Text;

    public static TranslatedText ToText(this TranslatedTextInput? input) => new(input?.Nb ?? "", input?.Nn, input?.En);

    public static InputValidator RequireTranslated(this InputValidator validator, string field, TranslatedTextInput? input, int maxLength)
    {
        validator.RequireText($"{field}.nb", input?.Nb, maxLength);
        if (input?.Nn?.Trim().Length > maxLength) validator.Add($"{field}.nn", InputValidator.MaxLength, maxLength);
        if (input?.En?.Trim().Length > maxLength) validator.Add($"{field}.en", InputValidator.MaxLength, maxLength);
        return validator;
    }
}
