namespace NavLederprogram.ELearning;

/// <summary>A file attached to a lesson, with a link the learner's browser can read it by.</summary>
public sealed class PlayerAttachmentDto
{
    public required string FileName { get; init; }
    public required long Length { get; init; }
    public required string Url { get; init; }
}
