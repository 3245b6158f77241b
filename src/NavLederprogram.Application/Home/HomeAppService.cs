using NavLederprogram.Competence;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;

namespace NavLederprogram.Home;

/// <summary>
/// The home page in one request. Each role gets the parts of its daily work; each part is read through the module's own
/// use case, so that the permission and scope checks are the ones that page applies.
/// </summary>
public sealed class HomeAppService(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    CurrentAccessScope accessScope,
    ICurrentPerson currentPerson,
    IProgrammeApprover approver,
    ICompetenceGapScope gapScope,
    IParticipantProgressAppService progress,
    ICompetenceProfileAppService competence,
    IGapAnalysisAppService gaps,
    ICohortAppService cohorts,
    IProgrammeQueries programmeQueries,
    IProgrammeAppService programmes,
    ICompetenceEvidenceAppService evidence,
    IOrganisationQueries organisation,
    IJobRunQueries jobRuns) : IHomeAppService
{
    /// <summary>How many items a card lists; the page it links to has the rest.</summary>
    public const int CardItems = 5;

    private static readonly CohortStatus[] OpenStatuses = [CohortStatus.Planned, CohortStatus.EnrolmentOpen, CohortStatus.EnrolmentClosed, CohortStatus.Running];

    public async Task<HomeDto> GetAsync(CancellationToken ct)
    {
        var roles = currentUser.Roles;
        bool Is(params string[] any) => any.Any(roles.Contains);
        async Task<bool> Can(string permission) => await permissions.IsGrantedAsync(roles, permission, ct);

        var hasPerson = await currentPerson.GetAsync(ct) is not null;
        var programme = hasPerson ? await ProgrammeAsync(ct) : null;
        // A leader always sees their programme, even before enrolling; anyone else only when they take part in a cohort.
        if (programme is { Cohorts.Count: 0 } && !Is(RoleNames.Leader)) programme = null;
        if (programme is null && !hasPerson && Is(RoleNames.Leader)) programme = new HomeProgrammeDto([]);

        var ownCompetence = Is(RoleNames.Leader, RoleNames.PeerSupervisor);
        var coordinator = Is(RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator);
        var owner = Is(RoleNames.KsAdmin, RoleNames.DirectorateAdmin);
        var approvesProgramme = owner && await Can(NavLederprogramPermissions.Programmes.Approve);
        var approvesEvidence = (owner || coordinator) && await Can(NavLederprogramPermissions.Competence.ApproveEvidence);
        var cohortList = (coordinator || owner) && await Can(NavLederprogramPermissions.Cohorts.View) ? await VisibleCohortsAsync(ct) : null;

        return new HomeDto(
            hasPerson,
            programme,
            ownCompetence && hasPerson ? await CompetenceAsync(ct) : null,
            (Is(RoleNames.Leader) || coordinator) && await Can(NavLederprogramPermissions.Competence.ViewGaps) ? await GapsAsync(ct) : null,
            Is(RoleNames.Facilitator) && await Can(NavLederprogramPermissions.Cohorts.Facilitate) ? await FacilitationAsync(ct) : null,
            coordinator && cohortList is not null && await Can(NavLederprogramPermissions.Cohorts.Nominate) ? Enrolments(cohortList) : null,
            approvesProgramme || approvesEvidence ? await ApprovalsAsync(approvesProgramme, approvesEvidence, ct) : null,
            owner && cohortList is not null ? Cohorts(cohortList) : null,
            Is(RoleNames.SystemAdmin) && await Can(NavLederprogramPermissions.Jobs.View) ? await SystemAsync(ct) : null);
    }

    private async Task<HomeProgrammeDto> ProgrammeAsync(CancellationToken ct)
    {
        var mine = await progress.GetMineAsync(ct);
        return new HomeProgrammeDto(mine.Cohorts.Where(c => c.CohortStatus is not (CohortStatus.Completed or CohortStatus.Cancelled)).Select(c =>
            new HomeMyCohortDto(c.EnrolmentId, c.CohortId, c.CohortName, c.CohortStatus, c.CohortStatusName, c.Status, c.StatusName, c.WaitlistPosition,
                c.StartsOn, c.EndsOn, c.ModulesCompleted, c.Modules.Count, c.NextSession, c.UpcomingDeadlines.Take(3).ToList())).ToList());
    }

    private async Task<HomeCompetenceDto?> CompetenceAsync(CancellationToken ct)
    {
        var profile = await competence.GetMineAsync(ct);
        return new HomeCompetenceDto(profile.Summary, profile.Next.Take(3).ToList());
    }

    private async Task<HomeGapsDto> GapsAsync(CancellationToken ct)
    {
        var summary = await gaps.GetSummaryAsync(new GapQuery(), ct);
        // A scope of one office (an office leader's) is named by that office rather than as "my area".
        var scope = await gapScope.GetGapScopeAsync(ct);
        var scopeName = !scope.IsNational && scope.OfficeIds.Count == 1
            && await organisation.FindOfficeAsync(scope.OfficeIds.Single(), ct) is { } office
            ? office.Name : summary.ScopeName;
        return new HomeGapsDto(scopeName, summary.Total, summary.ByCompetence.Where(r => r.Counts.Coverage < 1).Take(3).ToList());
    }

    private async Task<HomeFacilitationDto> FacilitationAsync(CancellationToken ct)
    {
        var mine = (await cohorts.GetListAsync(new CohortQuery { Facilitating = true, MaxResultCount = 100 }, ct)).Items
            .Where(c => OpenStatuses.Contains(c.Status)).OrderBy(c => c.StartsOn).ToList();
        var list = new List<HomeFacilitatedCohortDto>();
        foreach (var c in mine)
        {
            var awaiting = await programmeQueries.CountOpenAssessmentsAsync(c.Id, ct);
            list.Add(new HomeFacilitatedCohortDto(c.Id, c.Name, c.Status, c.StatusName, c.Enrolled, awaiting, c.StartsOn, c.EndsOn));
        }
        return new HomeFacilitationDto(list, list.Sum(c => c.AwaitingAssessment));
    }

    private async Task<IReadOnlyList<CohortSummaryDto>> VisibleCohortsAsync(CancellationToken ct) =>
        (await cohorts.GetListAsync(new CohortQuery { MaxResultCount = 1000 }, ct)).Items;

    private static HomeEnrolmentsDto Enrolments(IReadOnlyList<CohortSummaryDto> list)
    {
        var relevant = list.Where(c => c.AcceptsEnrolment || c.Pending > 0 || c.Status == CohortStatus.EnrolmentOpen).ToList();
        return new HomeEnrolmentsDto(relevant.Sum(c => c.Pending), relevant.Sum(c => c.Waitlisted),
            relevant.OrderByDescending(c => c.Pending).ThenBy(c => c.EnrolmentClosesOn).Take(CardItems).Select(ToDto).ToList());
    }

    private async Task<HomeApprovalsDto> ApprovalsAsync(bool programmeApprover, bool evidenceApprover, CancellationToken ct)
    {
        IReadOnlyList<HomeVersionDto> drafts = [];
        string? partyName = null;
        if (programmeApprover && await approver.GetApprovalPartyAsync(ct) is { } party)
        {
            partyName = LocalizationTexts.EnumText(party);
            drafts = (await programmes.GetVersionsAsync(ct)).Where(v => v.Status == ProgrammeVersionStatus.Draft)
                .Select(v => new HomeVersionDto(v.Id, v.Number, v.Name.Text, v.KsApproved, v.DirectorateApproved,
                    party == ApprovalParty.Ks ? !v.KsApproved : !v.DirectorateApproved)).ToList();
        }
        int? awaiting = evidenceApprover ? (await evidence.GetPendingAsync(new PagedQuery { MaxResultCount = 1 }, ct)).TotalCount : null;
        return new HomeApprovalsDto(partyName, drafts, awaiting);
    }

    private static HomeCohortsDto Cohorts(IReadOnlyList<CohortSummaryDto> list) => new(
        list.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => new HomeStatusCountDto(g.Key, g.First().StatusName, g.Count())).ToList(),
        list.Where(c => OpenStatuses.Contains(c.Status)).OrderBy(c => c.StartsOn).Take(CardItems).Select(ToDto).ToList());

    private async Task<HomeSystemDto> SystemAsync(CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var counts = await organisation.CountAsync(scope, ct);
        var runs = await jobRuns.GetLatestPerJobAsync(ct);
        return new HomeSystemDto(counts.Regions, counts.Municipalities, counts.Offices, counts.People,
            runs.Count(r => !r.Succeeded),
            runs.Count == 0 ? null : runs.Max(r => r.FiredAt));
    }

    private static HomeCohortDto ToDto(CohortSummaryDto c) => new(c.Id, c.Name, c.Status, c.StatusName, c.RegionName, c.Capacity, c.Enrolled,
        c.Waitlisted, c.Pending, c.EnrolmentClosesOn, c.StartsOn, c.AcceptsEnrolment);
}
