namespace NavLederprogram.PeerSupervision;

public sealed class ParticipationGrantInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public int? ValidMonths { get; set; }
}
