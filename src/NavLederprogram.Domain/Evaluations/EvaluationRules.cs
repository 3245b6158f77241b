using NavLederprogram.Localization;

namespace NavLederprogram.Evaluations;

/// <summary>The checks question sets and evaluations share.</summary>
internal static class EvaluationRules
{
    public static int MinimumAnswers(int value) =>
        value is < EvaluationConsts.LowestMinimumAnswers or > EvaluationConsts.HighestMinimumAnswers
            ? throw new BusinessException(NavLederprogramErrorCodes.EvaluationMinimumAnswers, EvaluationConsts.LowestMinimumAnswers, EvaluationConsts.HighestMinimumAnswers)
            { Field = "minimumAnswers" }
            : value;

    public static TranslatedText Name(TranslatedText? text, string field) => Checked(text, field, EvaluationConsts.NameMax, NavLederprogramErrorCodes.ValidationFailed);

    public static TranslatedText Text(TranslatedText? text, string field) => Checked(text, field, EvaluationConsts.TextMax, NavLederprogramErrorCodes.EvaluationQuestionText);

    private static TranslatedText Checked(TranslatedText? text, string field, int max, string code)
    {
        var value = text is null ? TranslatedText.Empty : new TranslatedText(text.Nb, text.Nn, text.En);
        if (value.Nb.Length == 0 || value.Nb.Length > max || value.Nn?.Length > max || value.En?.Length > max)
            throw new BusinessException(code, max) { Field = field };
        return value;
    }
}
