namespace NavLederprogram.Development;

/// <summary>What an indicator's values are: a share in per cent (0–100) or a count or amount (zero or more).</summary>
public enum IndicatorValueKind
{
    Percent,
    Number,
}
