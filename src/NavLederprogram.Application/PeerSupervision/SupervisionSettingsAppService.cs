using System.Globalization;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

public sealed class SupervisionSettingsAppService(
    ISupervisionSettingsRepository settings,
    ICompetenceQueries competence,
    IUnitOfWork unitOfWork) : ISupervisionSettingsAppService
{
    public async Task<SupervisionSettingsDto> GetAsync(CancellationToken ct) => await ToDtoAsync(await SettingsAsync(ct), ct);

    public async Task<SupervisionSettingsDto> SaveAsync(SaveSupervisionSettingsInput input, CancellationToken ct)
    {
        var areas = await competence.GetAreasAsync(ct);
        var maxLevels = await competence.GetScaleMaxLevelsAsync(ct);
        var validator = new InputValidator()
            .InRange("meetingsForEvidence", input.MeetingsForEvidence, 1, PeerSupervisionConsts.MaxMeetingsForEvidence)
            .InRange("evidencePeriodMonths", input.EvidencePeriodMonths, 1, PeerSupervisionConsts.MaxEvidencePeriodMonths);
        if (input.SupervisorAreaId is { } areaId)
        {
            if (areas.GetValueOrDefault(areaId) is not { } area) validator.Add("supervisorAreaId", InputValidator.Unknown);
            else validator.InRange("supervisorMinimumLevel", input.SupervisorMinimumLevel, 1, maxLevels.GetValueOrDefault(area.ScaleId, 1));
        }
        var grants = input.ParticipationGrants ?? [];
        if (grants.Count > PeerSupervisionConsts.MaxParticipationGrants)
            validator.Add("participationGrants", InputValidator.TooMany, PeerSupervisionConsts.MaxParticipationGrants);
        for (var i = 0; i < grants.Count; i++)
        {
            var grant = grants[i];
            var field = $"participationGrants[{i}]";
            if (grant.CompetenceAreaId is not { } grantArea || areas.GetValueOrDefault(grantArea) is not { } area)
                validator.Add($"{field}.competenceAreaId", grant.CompetenceAreaId is null ? InputValidator.Required : InputValidator.Unknown);
            else validator.InRange($"{field}.level", grant.Level, 1, maxLevels.GetValueOrDefault(area.ScaleId, 1));
            if (grant.ValidMonths is not null) validator.InRange($"{field}.validMonths", grant.ValidMonths, 1, PeerSupervisionConsts.MaxGrantValidMonths);
        }
        if (grants.Where(g => g.CompetenceAreaId is not null).GroupBy(g => g.CompetenceAreaId).Any(g => g.Count() > 1))
            validator.Add("participationGrants", InputValidator.Duplicate);
        validator.ThrowIfInvalid();

        var current = await SettingsAsync(ct);
        current.Change(input.SupervisorAreaId, input.SupervisorAreaId is null ? current.SupervisorMinimumLevel : input.SupervisorMinimumLevel!.Value,
            grants.Select(g => new CompetenceGrant(g.CompetenceAreaId!.Value, g.Level!.Value, g.ValidMonths)).ToList(),
            input.MeetingsForEvidence!.Value, input.EvidencePeriodMonths!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(current, ct);
    }

    private async Task<SupervisionSettings> SettingsAsync(CancellationToken ct) =>
        await settings.FindAsync(ct) ?? throw new EntityNotFoundException(typeof(SupervisionSettings), null);

    private async Task<SupervisionSettingsDto> ToDtoAsync(SupervisionSettings s, CancellationToken ct)
    {
        var areas = await competence.GetAreasAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        return new SupervisionSettingsDto(s.SupervisorAreaId, s.SupervisorMinimumLevel,
            s.ParticipationGrants.Select(g => new ParticipationGrantDto(g.CompetenceAreaId, areas.GetValueOrDefault(g.CompetenceAreaId)?.Name.In(culture) ?? "",
                g.Level, g.ValidMonths)).ToList(),
            s.MeetingsForEvidence, s.EvidencePeriodMonths);
    }
}
