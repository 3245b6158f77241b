using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>A new or changed indicator; the code and the kinds of value and period are kept once values exist (they are set on creation only).</summary>
public sealed class SaveResultIndicatorInput
{
    public string? Code { get; set; }
    public TranslatedTextInput? Name { get; set; }
    public IndicatorValueKind? ValueKind { get; set; }
    public IndicatorPeriodKind? PeriodKind { get; set; }
    public string? Unit { get; set; }
    public bool HigherIsBetter { get; set; } = true;
    public bool IsActive { get; set; } = true;
}
