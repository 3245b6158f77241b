namespace NavLederprogram.Development;

/// <summary>Where an indicator value came from: typed in by a leader or an admin, or imported from the directorate's statistics.</summary>
public enum IndicatorValueSource
{
    Manual,
    Import,
}
