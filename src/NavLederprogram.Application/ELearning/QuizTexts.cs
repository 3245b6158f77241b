using System.Globalization;
using NavLederprogram.Localization;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>Quiz texts in and out of the API: resolved for learners, whole for editors, validated on the way in.</summary>
internal static class QuizTexts
{
    public static QuizLocalTextDto ToLocal(this TranslatedText text)
    {
        var resolved = text.Resolve(CultureInfo.CurrentUICulture.Name);
        return new QuizLocalTextDto(resolved.Text, resolved.Language);
    }

    public static QuizTextDto ToDto(this TranslatedText text) => new(text.Nb, text.Nn, text.En);

    public static TranslatedText ToText(this QuizTextInput? input) => new(input?.Nb ?? "", input?.Nn, input?.En);

    public static TranslatedText? ToOptionalText(this QuizTextInput? input) =>
        string.IsNullOrWhiteSpace(input?.Nb) ? null : input.ToText();

    /// <summary>Bokmål is required when the text is or when it has a translation; errors land on e.g. <c>title.nb</c>.</summary>
    public static InputValidator RequireTranslated(this InputValidator validator, string field, QuizTextInput? input, int maxLength, bool required = true)
    {
        if (required || !string.IsNullOrWhiteSpace(input?.Nn) || !string.IsNullOrWhiteSpace(input?.En)) validator.RequireText($"{field}.nb", input?.Nb, maxLength);
        else if (input?.Nb?.Trim().Length > maxLength) validator.Add($"{field}.nb", InputValidator.MaxLength, maxLength);
        if (input?.Nn?.Trim().Length > maxLength) validator.Add($"{field}.nn", InputValidator.MaxLength, maxLength);
        if (input?.En?.Trim().Length > maxLength) validator.Add($"{field}.en", InputValidator.MaxLength, maxLength);
        return validator;
    }
}
