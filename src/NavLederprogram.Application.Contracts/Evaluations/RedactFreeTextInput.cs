namespace NavLederprogram.Evaluations;

public sealed class RedactFreeTextInput
{
    /// <summary>The text with names and other identifying details taken out; it replaces the answer for good.</summary>
    public string? Text { get; set; }
}
