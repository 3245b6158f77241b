namespace NavLederprogram.PeerSupervision;

/// <summary>What the directorate sets for peer supervision: the supervisors' competence and what taking part grants.</summary>
public interface ISupervisionSettingsAppService
{
    Task<SupervisionSettingsDto> GetAsync(CancellationToken ct);
    Task<SupervisionSettingsDto> SaveAsync(SaveSupervisionSettingsInput input, CancellationToken ct);
}
