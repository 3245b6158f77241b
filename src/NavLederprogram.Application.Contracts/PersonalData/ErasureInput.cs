namespace NavLederprogram.PersonalData;

/// <summary>The erasure's typed confirmation: the person's employee number.</summary>
public sealed class ErasureInput
{
    public string? Confirmation { get; set; }
}
