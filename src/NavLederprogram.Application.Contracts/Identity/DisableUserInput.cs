namespace NavLederprogram.Identity;

public sealed class DisableUserInput
{
    /// <summary>Why the user is disabled, for the next administrator to read.</summary>
    public string? Reason { get; set; }
}
