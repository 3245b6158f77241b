namespace NavLederprogram.Development;

public sealed class FeedbackSelfRatingInput
{
    public Guid? AreaId { get; set; }
    public int? Rating { get; set; }
}
