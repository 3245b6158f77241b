using System.Globalization;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The register of peer supervisors. A coordinator sees and manages the appointments whose offices all lie in their scope; to
/// anyone else an appointment does not exist. A person is appointed only while they hold the
/// supervision competence the directorate sets.
/// </summary>
public sealed class PeerSupervisorAppService(
    IPeerSupervisorRepository supervisors,
    ISupervisionSettingsRepository settings,
    ISupervisorWorkQueries work,
    ICompetenceHoldings holdings,
    ICompetenceQueries competence,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IPeerSupervisorAppService
{
    /// <summary>The form asks for a name; a short list of matches is enough to pick from.</summary>
    private const int CandidateLimit = 50;

    public async Task<PagedResult<PeerSupervisorDto>> GetListAsync(PeerSupervisorQuery query, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        // The register holds a few hundred appointments nationally: read whole, narrowed and paged here.
        var visible = (await supervisors.GetListAsync(query.RegionId is { } region ? [region] : null, query.IsActive == true, ct))
            .Where(s => (query.IsActive is not { } active || s.IsActive == active) && Covers(scope, s)).ToList();
        var dtos = await ToDtosAsync(visible, ct);
        var filter = query.Filter?.Trim();
        var matching = dtos
            .Where(d => string.IsNullOrEmpty(filter) || d.PersonName.Contains(filter, StringComparison.CurrentCultureIgnoreCase))
            .OrderByDescending(d => d.IsActive).ThenBy(d => d.PersonName, StringComparer.CurrentCulture).ThenBy(d => d.Id)
            .ToList();
        var page = query.ToPageRequest();
        return new PagedResult<PeerSupervisorDto>(matching.Count, matching.Skip(page.SkipCount).Take(page.MaxResultCount).ToList());
    }

    public async Task<PeerSupervisorDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindVisibleAsync(id, ct)], ct))[0];

    public async Task<SupervisorRegisterOptionsDto> GetOptionsAsync(CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var offices = await organisation.GetOfficesAsync(ct);
        var regions = (await organisation.GetRegionNamesAsync(ct))
            .Where(r => offices.Values.Any(o => o.RegionId == r.Key && scope.CoversOffice(o.Id)))
            .Select(r => new SupervisorRegionDto(r.Key, r.Value, offices.Values
                .Where(o => o.RegionId == r.Key && scope.CoversOffice(o.Id))
                .OrderBy(o => o.Name, StringComparer.CurrentCulture).Select(o => new SupervisorOfficeDto(o.Id, o.Name)).ToList()))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var current = await SettingsAsync(ct);
        var area = current.SupervisorAreaId is { } areaId ? (await competence.GetAreasAsync(ct)).GetValueOrDefault(areaId) : null;
        return new SupervisorRegisterOptionsDto(regions, area?.Name.In(CultureInfo.CurrentUICulture.Name), current.SupervisorMinimumLevel);
    }

    public async Task<IReadOnlyList<SupervisorCandidateDto>> GetCandidatesAsync(SupervisorCandidateQuery query, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var offices = await organisation.GetOfficesAsync(ct);
        var regionOffices = offices.Values.Where(o => o.RegionId == query.RegionId && scope.CoversOffice(o.Id)).Select(o => o.Id).ToList();
        if (regionOffices.Count == 0) return [];
        if (query.Filter?.Length > PeerSupervisionConsts.NameMax)
            new InputValidator().Add("filter", InputValidator.MaxLength, PeerSupervisionConsts.NameMax).ThrowIfInvalid();
        var inRegion = (await people.GetPageAsync(new PageRequest(query.Filter?.Trim(), "lastName asc", 0, CandidateLimit),
            new AccessScope(false, [], [], regionOffices), null, ct)).Items;
        var holders = await HoldersAsync(inRegion.Select(p => p.Id).ToList(), ct);
        var appointed = await work.GetAppointedAsync(inRegion.Select(p => p.Id).ToList(), ct);
        return inRegion.Select(p => new SupervisorCandidateDto(p.Id, p.FullName, offices.GetValueOrDefault(p.OfficeId)?.Name,
            holders.Contains(p.Id), appointed.Contains(p.Id))).ToList();
    }

    public async Task<PeerSupervisorDto> AppointAsync(AppointPeerSupervisorInput input, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var validator = new InputValidator().Require("personId", input.PersonId).Require("regionId", input.RegionId);
        ValidateTerms(validator, input.Capacity, input.OfficeIds);
        validator.ThrowIfInvalid();

        var person = await people.FindAsync(input.PersonId!.Value, ct);
        // A person outside the coordinator's scope is not one they can see, let alone appoint.
        if (person is null || !scope.CoversOffice(person.OfficeId)) throw new EntityNotFoundException(nameof(Person), input.PersonId);
        if (await organisation.FindRegionNameAsync(input.RegionId!.Value, ct) is null) throw new EntityNotFoundException(nameof(Region), input.RegionId);
        var officeIds = await CheckOfficesAsync(scope, input.RegionId.Value, input.OfficeIds!, ct);
        if (!await HoldsCompetenceAsync(person.Id, ct)) throw await LacksCompetenceAsync(ct);
        if (await supervisors.FindActiveByPersonAsync(person.Id, ct) is not null)
            throw new BusinessException(NavLederprogramErrorCodes.SupervisorAlreadyAppointed) { IsConflict = true, Field = "personId" };

        var supervisor = PeerSupervisor.Appoint(Guid.CreateVersion7(), person.Id, input.RegionId.Value, input.Capacity!.Value, officeIds, Today());
        await supervisors.InsertAsync(supervisor, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([supervisor], ct))[0];
    }

    public async Task<PeerSupervisorDto> ChangeAsync(Guid id, ChangePeerSupervisorInput input, CancellationToken ct)
    {
        var supervisor = await FindVisibleAsync(id, ct);
        var validator = new InputValidator();
        ValidateTerms(validator, input.Capacity, input.OfficeIds);
        validator.ThrowIfInvalid();
        var officeIds = await CheckOfficesAsync(await accessScope.GetAsync(ct), supervisor.RegionId, input.OfficeIds!, ct);
        // The capacity may go below what the supervisor leads now: they take no new group until they are under it again.
        supervisor.Change(input.Capacity!.Value, officeIds);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([supervisor], ct))[0];
    }

    public async Task<PeerSupervisorDto> EndAsync(Guid id, CancellationToken ct)
    {
        var supervisor = await FindVisibleAsync(id, ct);
        supervisor.End(Today());
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([supervisor], ct))[0];
    }

    /// <summary>
    /// An appointment is the caller's when every office it serves is in their scope: a region coordinator manages all of the
    /// region's, a municipal coordinator only those serving their own offices. (A scope names the regions of its offices too,
    /// so the region alone says nothing.)
    /// </summary>
    private static bool Covers(AccessScope scope, PeerSupervisor supervisor) =>
        scope.IsNational || (supervisor.OfficeIds.Count > 0 && supervisor.OfficeIds.All(scope.CoversOffice));

    private async Task<PeerSupervisor> FindVisibleAsync(Guid id, CancellationToken ct)
    {
        var supervisor = await supervisors.FindAsync(id, ct);
        if (supervisor is null || !Covers(await accessScope.GetAsync(ct), supervisor)) throw new EntityNotFoundException(typeof(PeerSupervisor), id);
        return supervisor;
    }

    private static void ValidateTerms(InputValidator validator, int? capacity, List<Guid>? officeIds)
    {
        validator.InRange("capacity", capacity, PeerSupervisionConsts.MinCapacity, PeerSupervisionConsts.MaxCapacity);
        if (officeIds is null || officeIds.Count == 0) validator.Add("officeIds", InputValidator.Required);
        else if (officeIds.Distinct().Count() != officeIds.Count) validator.Add("officeIds", InputValidator.Duplicate);
    }

    /// <summary>The offices served must lie in the region and in the caller's scope.</summary>
    private async Task<List<Guid>> CheckOfficesAsync(AccessScope scope, Guid regionId, List<Guid> officeIds, CancellationToken ct)
    {
        var offices = await organisation.GetOfficesAsync(ct);
        if (officeIds.Any(id => offices.GetValueOrDefault(id) is not { } office || office.RegionId != regionId || !scope.CoversOffice(id)))
            new InputValidator().Add("officeIds", NavLederprogramErrorCodes.SupervisorOfficeOutsideRegion).ThrowIfInvalid();
        return officeIds;
    }

    private async Task<bool> HoldsCompetenceAsync(Guid personId, CancellationToken ct) => (await HoldersAsync([personId], ct)).Contains(personId);

    private async Task<IReadOnlySet<Guid>> HoldersAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var current = await SettingsAsync(ct);
        // Without a competence set by the directorate, anyone in scope may be appointed.
        if (current.SupervisorAreaId is not { } areaId) return personIds.ToHashSet();
        return await holdings.GetHoldersAsync(personIds, areaId, current.SupervisorMinimumLevel, Today(), ct);
    }

    private async Task<BusinessException> LacksCompetenceAsync(CancellationToken ct)
    {
        var current = await SettingsAsync(ct);
        var area = (await competence.GetAreasAsync(ct)).GetValueOrDefault(current.SupervisorAreaId!.Value);
        return new BusinessException(NavLederprogramErrorCodes.SupervisorLacksCompetence, area?.Name.In(CultureInfo.CurrentUICulture.Name) ?? "", current.SupervisorMinimumLevel)
        {
            Field = "personId",
        };
    }

    private DateOnly Today() => OsloTime.Today(clock);

    private async Task<SupervisionSettings> SettingsAsync(CancellationToken ct) =>
        await settings.FindAsync(ct) ?? throw new EntityNotFoundException(typeof(SupervisionSettings), null);

    private async Task<IReadOnlyList<PeerSupervisorDto>> ToDtosAsync(IReadOnlyList<PeerSupervisor> list, CancellationToken ct)
    {
        if (list.Count == 0) return [];
        var persons = (await people.GetListAsync(list.Select(s => s.PersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var offices = await organisation.GetOfficesAsync(ct);
        var regions = await organisation.GetRegionNamesAsync(ct);
        var led = await work.CountOpenLedByAsync(list.Select(s => s.PersonId).Distinct().ToList(), ct);
        return list.Select(s =>
        {
            var person = persons.GetValueOrDefault(s.PersonId);
            return new PeerSupervisorDto(s.Id, s.PersonId, person?.FullName ?? "", person is null ? null : offices.GetValueOrDefault(person.OfficeId)?.Name,
                s.RegionId, regions.GetValueOrDefault(s.RegionId) ?? "", s.Capacity, led.GetValueOrDefault(s.PersonId),
                s.OfficeIds.Select(id => new SupervisorOfficeDto(id, offices.GetValueOrDefault(id)?.Name ?? ""))
                    .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList(),
                s.AppointedOn, s.EndedOn, s.IsActive);
        }).ToList();
    }
}
