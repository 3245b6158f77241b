namespace NavLederprogram.Development;

public sealed class SessionNotesInput
{
    public string? Text { get; set; }
}
