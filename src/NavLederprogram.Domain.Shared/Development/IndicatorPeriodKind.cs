namespace NavLederprogram.Development;

/// <summary>How often an indicator is measured: each value is for a month (<c>2026-09</c>) or a quarter (<c>2026-Q3</c>).</summary>
public enum IndicatorPeriodKind
{
    Month,
    Quarter,
}
