namespace NavLederprogram.Entities;

public interface IHasConcurrencyStamp
{
    /// <summary>The stamp the caller last saw; a save with a stale stamp is a conflict.</summary>
    string ConcurrencyStamp { get; set; }
}
