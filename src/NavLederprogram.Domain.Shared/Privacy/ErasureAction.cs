namespace NavLederprogram.Privacy;

/// <summary>What an erasure does to one kind of a person's data.</summary>
public enum ErasureAction
{
    /// <summary>The rows go at once.</summary>
    Delete = 1,
    /// <summary>The rows stay, with what names the person replaced or removed.</summary>
    Anonymise = 2,
    /// <summary>The rows stay as records the law requires, until their retention ends; they name the anonymised person only.</summary>
    Keep = 3,
}
