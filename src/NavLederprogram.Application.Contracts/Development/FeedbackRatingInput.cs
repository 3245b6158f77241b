namespace NavLederprogram.Development;

public sealed class FeedbackRatingInput
{
    public Guid? AreaId { get; set; }
    /// <summary>1–5, or empty when the colleague cannot judge the area.</summary>
    public int? Rating { get; set; }
}
