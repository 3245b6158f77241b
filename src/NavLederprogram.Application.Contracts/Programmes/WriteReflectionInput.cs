namespace NavLederprogram.Programmes;

public sealed class WriteReflectionInput
{
    public string? Text { get; set; }
}
