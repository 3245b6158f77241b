namespace NavLederprogram.Development;

public sealed class RequestFeedbackEvidenceInput
{
    public Guid? AreaId { get; set; }
    public int? Level { get; set; }
}
