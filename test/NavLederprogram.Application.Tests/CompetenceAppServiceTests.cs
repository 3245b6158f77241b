using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using PdfSharp.Pdf;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class CompetenceAppServiceTests : SeededDatabaseTests
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
    private static readonly byte[] Pdf = OnePagePdf();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static byte[] OnePagePdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static EvidenceFile Document(byte[] content, string name) => new(name, content.Length, new MemoryStream(content));

    private static UploadEvidenceInput Claim(Guid? areaId, int level, DateOnly? achievedOn = null) =>
        new() { CompetenceAreaId = areaId, Level = level, Title = "Diplom fra videreutdanning", AchievedOn = achievedOn ?? Yesterday };

    private Task<CompetenceProfileDto> MyProfile(string userName) => As<ICompetenceProfileAppService, CompetenceProfileDto>(userName, s => s.GetMineAsync(default));

    private async Task<Dictionary<string, Guid>> AreasAsync() =>
        (await Call<ICompetenceAreaAppService, PagedResult<CompetenceAreaDto>>(s => s.GetListAsync(new CompetenceAreaQuery { MaxResultCount = 100 }, default)))
        .Items.ToDictionary(a => a.Code, a => a.Id);

    private static bool Covered(RequirementStatusDto status) => status.Status is CompetenceStatus.Met or CompetenceStatus.ExpiringSoon;

    private Task<EvidenceDto> Upload(string userName, UploadEvidenceInput input, EvidenceFile file) =>
        As<ICompetenceEvidenceAppService, EvidenceDto>(userName, s => s.UploadMineAsync(input, file, default));

    [Fact]
    public async Task A_leader_sees_what_the_role_requires_and_what_to_work_on_next()
    {
        var profile = await MyProfile("leder");

        profile.OfficeName.ShouldBe("NAV Værnes");
        var mandatory = profile.Requirements.Count(r => r.IsMandatory);
        mandatory.ShouldBeGreaterThanOrEqualTo(CompetenceDataSeedContributor.NationalRequirements.Count(r => r.Role == "OfficeLeader"));
        // Trøndelag adds a recommended requirement for its office leaders.
        profile.Requirements.ShouldContain(r => !r.IsMandatory);
        profile.Summary.Total.ShouldBe(mandatory);
        profile.Next.ShouldAllBe(r => r.Status != CompetenceStatus.Met);
    }

    [Fact]
    public async Task An_uploaded_diploma_counts_only_once_a_coordinator_approves_it_and_only_once()
    {
        var gap = (await MyProfile("leder")).Requirements.First(r => r.IsMandatory && !Covered(r));

        var uploaded = await Upload("leder", Claim(gap.CompetenceAreaId, gap.RequiredLevel), Document(Pdf, "diplom.pdf"));
        uploaded.State.ShouldBe(EvidenceState.Pending);
        uploaded.HasDocument.ShouldBeTrue();
        Covered((await MyProfile("leder")).Requirements.First(r => r.RequirementId == gap.RequirementId)).ShouldBeFalse();

        var pending = await As<ICompetenceEvidenceAppService, PagedResult<PendingEvidenceDto>>("regionkoordinator",
            s => s.GetPendingAsync(new PagedQuery { MaxResultCount = 100 }, default));
        pending.Items.Single(p => p.Evidence.Id == uploaded.Id).OfficeName.ShouldBe("NAV Værnes");
        var document = await Call<ICompetenceEvidenceAppService, ExportFile>(s => s.GetDocumentAsync(uploaded.Id, default));
        document.ContentType.ShouldBe("application/pdf");
        document.Content.ShouldBe(Pdf);

        (await Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.ApproveAsync(uploaded.Id, default))).State.ShouldBe(EvidenceState.Approved);
        Covered((await MyProfile("leder")).Requirements.First(r => r.RequirementId == gap.RequirementId)).ShouldBeTrue();

        await Db.SignInAsAsync("regionkoordinator");
        var again = await Should.ThrowAsync<BusinessException>(() => Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.ApproveAsync(uploaded.Id, default)));
        again.Code.ShouldBe(NavLederprogramErrorCodes.EvidenceAlreadyDecided);
        again.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_the_leader_sees_it()
    {
        await Db.SignInAsAsync("leder");
        var uploaded = await Upload("leder", Claim((await AreasAsync())["KVP"], 2), Document(Pdf, "kvp.pdf"));

        await Db.SignInAsAsync("kommunekoordinator");
        var noReason = await Should.ThrowAsync<ValidationFailedException>(() =>
            Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.RejectAsync(uploaded.Id, new RejectEvidenceInput { Reason = "" }, default)));
        noReason.Errors.Keys.ShouldBe(["reason"]);
        (await Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.RejectAsync(uploaded.Id, new RejectEvidenceInput { Reason = "Dokumentet mangler navn og dato." }, default)))
            .State.ShouldBe(EvidenceState.Rejected);

        var mine = (await MyProfile("leder")).Evidence.Single(e => e.Id == uploaded.Id);
        mine.State.ShouldBe(EvidenceState.Rejected);
        mine.RejectionReason.ShouldBe("Dokumentet mangler navn og dato.");
    }

    [Fact]
    public async Task A_forged_wrong_or_impossible_upload_is_refused_field_by_field_and_nothing_is_written()
    {
        await Db.SignInAsAsync("leder");
        var areas = await AreasAsync();
        var before = (await MyProfile("leder")).Evidence.Count;

        async Task<IEnumerable<string>> Refused(UploadEvidenceInput input, EvidenceFile? file) =>
            (await Should.ThrowAsync<ValidationFailedException>(() => Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.UploadMineAsync(input, file, default)))).Errors.Keys;

        (await Refused(Claim(areas["ETIKK"], 2), Document(Png, "diplom.pdf"))).ShouldBe(["file"]);
        (await Refused(Claim(areas["ETIKK"], 2), Document(Pdf, "diplom.exe"))).ShouldBe(["file"]);
        (await Refused(Claim(areas["ETIKK"], 2), null)).ShouldBe(["file"]);
        (await Refused(Claim(Guid.NewGuid(), 2), Document(Pdf, "diplom.pdf"))).ShouldBe(["competenceAreaId"]);
        (await Refused(Claim(areas["ETIKK"], 5), Document(Pdf, "diplom.pdf"))).ShouldBe(["level"]);
        (await Refused(Claim(areas["ETIKK"], 2, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3))), Document(Pdf, "diplom.pdf"))).ShouldBe(["achievedOn"]);
        (await Refused(new UploadEvidenceInput(), Document(Pdf, "diplom.pdf"))).ShouldBe(["competenceAreaId", "level", "title", "achievedOn"], ignoreOrder: true);

        (await MyProfile("leder")).Evidence.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Nobody_decides_on_their_own_evidence_and_approvers_see_only_their_scope()
    {
        var me = (await MyProfile("leder")).PersonId!.Value;
        var areas = await AreasAsync();
        var own = await Should.ThrowAsync<BusinessException>(() => As<ICompetenceEvidenceAppService, EvidenceDto>("leder", s => s.AssessAsync(me,
            new AssessmentInput { CompetenceAreaId = areas["AEV"], Level = 4, Title = "Selvvurdering", AchievedOn = Yesterday }, default)));
        own.Code.ShouldBe(NavLederprogramErrorCodes.EvidenceOwnDecision);

        // A diploma from someone in Oslo: the Trøndelag coordinator neither sees nor decides it; the directorate does.
        await Db.SignInAsAsync("ksadmin");
        var grunerlokka = (await Call<IOfficeAppService, PagedResult<OfficeDto>>(s => s.GetListAsync(new OfficeQuery { Filter = "Grünerløkka" }, default))).Items.Single();
        var osloPerson = (await Call<IPersonAppService, PagedResult<PersonDto>>(s => s.GetListAsync(new PersonQuery { OfficeId = grunerlokka.Id }, default))).Items[0].Id;
        var evidence = CompetenceEvidence.Upload(Guid.CreateVersion7(), osloPerson, areas["AEV"], 3, "AEV-kurs", Yesterday, null);
        await Db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICompetenceEvidenceRepository>().InsertAsync(evidence, new EvidenceDocument(evidence.Id, "aev.pdf", "application/pdf", Pdf));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        (await As<ICompetenceEvidenceAppService, PagedResult<PendingEvidenceDto>>("regionkoordinator", s => s.GetPendingAsync(new PagedQuery { MaxResultCount = 1000 }, default)))
            .Items.ShouldNotContain(p => p.Evidence.Id == evidence.Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => Call<ICompetenceEvidenceAppService, EvidenceDto>(s => s.ApproveAsync(evidence.Id, default)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Call<ICompetenceEvidenceAppService, ExportFile>(s => s.GetDocumentAsync(evidence.Id, default)));

        (await As<ICompetenceEvidenceAppService, EvidenceDto>("diradmin", s => s.ApproveAsync(evidence.Id, default))).State.ShouldBe(EvidenceState.Approved);
    }

    [Fact]
    public async Task A_new_requirement_applies_at_once_and_a_change_is_a_dated_version_that_never_rewrites_history()
    {
        await Db.SignInAsAsync("diradmin");
        var areas = await AreasAsync();
        var role = (await Call<IPersonAppService, IReadOnlyList<JobRoleDto>>(s => s.GetJobRolesAsync(default))).Single(r => r.Code == "ReceptionAdvisor").Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Task<CompetenceRequirementDto> Requirements(Func<ICompetenceRequirementAppService, Task<CompetenceRequirementDto>> f) => Call(f);

        var created = await Requirements(s => s.CreateAsync(new CreateRequirementInput
        {
            JobRoleId = role,
            CompetenceAreaId = areas["ETIKK"],
            MinimumLevel = 2,
            DeadlineMonths = 12,
            RenewalMonths = 24,
            IsMandatory = true,
            ValidFrom = today,
        }, default));
        created.Current!.MinimumLevel.ShouldBe(2);
        var people = await Call<IGapAnalysisAppService, PagedResult<GapPersonDto>>(s => s.GetPeopleAsync(
            new GapPeopleQuery { JobRoleId = role, CompetenceAreaId = areas["ETIKK"], MaxResultCount = 5 }, default));
        people.TotalCount.ShouldBeGreaterThan(0);
        people.Items.ShouldContain(p => p.Status == CompetenceStatus.MissingWithinDeadline);
        // The deadline runs from today: nobody is overdue on a requirement that has just begun.
        people.Items.ShouldAllBe(p => p.Status != CompetenceStatus.Overdue);

        var duplicate = await Should.ThrowAsync<BusinessException>(() => Requirements(s => s.CreateAsync(new CreateRequirementInput
        {
            JobRoleId = role,
            CompetenceAreaId = areas["ETIKK"],
            MinimumLevel = 3,
            DeadlineMonths = 6,
            IsMandatory = true,
            ValidFrom = today,
        }, default)));
        duplicate.Code.ShouldBe(NavLederprogramErrorCodes.RequirementExists);

        var past = await Should.ThrowAsync<BusinessException>(() => Requirements(s => s.ChangeAsync(created.Id, new ChangeRequirementInput
        {
            MinimumLevel = 3,
            DeadlineMonths = 12,
            RenewalMonths = 24,
            IsMandatory = true,
            ValidFrom = today.AddDays(-2),
            ConcurrencyStamp = created.ConcurrencyStamp,
        }, default)));
        past.Code.ShouldBe(NavLederprogramErrorCodes.RequirementChangeInPast);

        var from = today.AddDays(30);
        var changed = await Requirements(s => s.ChangeAsync(created.Id, new ChangeRequirementInput
        {
            MinimumLevel = 3,
            DeadlineMonths = 12,
            RenewalMonths = 24,
            IsMandatory = true,
            ValidFrom = from,
            ConcurrencyStamp = created.ConcurrencyStamp,
        }, default));
        changed.Versions.Count.ShouldBe(2);
        changed.Current!.MinimumLevel.ShouldBe(2);
        changed.Versions.Single(v => v.MinimumLevel == 2).ValidTo.ShouldBe(from);

        var overlap = await Should.ThrowAsync<BusinessException>(() => Requirements(s => s.ChangeAsync(created.Id, new ChangeRequirementInput
        {
            MinimumLevel = 4,
            DeadlineMonths = 12,
            IsMandatory = true,
            ValidFrom = from,
            ConcurrencyStamp = changed.ConcurrencyStamp,
        }, default)));
        overlap.Code.ShouldBe(NavLederprogramErrorCodes.RequirementVersionOverlaps);
        overlap.IsConflict.ShouldBeTrue();
        (await Requirements(s => s.GetAsync(created.Id, default))).Versions.Count.ShouldBe(2);

        var retired = await Requirements(s => s.RetireAsync(created.Id, new RetireRequirementInput { ValidFrom = today.AddDays(60), ConcurrencyStamp = changed.ConcurrencyStamp }, default));
        retired.Versions.Single(v => v.MinimumLevel == 3).ValidTo.ShouldBe(today.AddDays(60));
        (await Should.ThrowAsync<BusinessException>(() => Requirements(s => s.RetireAsync(created.Id,
            new RetireRequirementInput { ValidFrom = today.AddDays(90), ConcurrencyStamp = retired.ConcurrencyStamp }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.RequirementAlreadyRetired);
    }

    [Fact]
    public async Task Each_viewer_sees_gaps_and_profiles_only_within_their_scope()
    {
        await Db.SignInAsAsync("ksadmin");
        var regions = (await Call<IRegionAppService, PagedResult<RegionDto>>(s => s.GetListAsync(new PagedQuery { MaxResultCount = 100 }, default))).Items;
        var oslo = regions.Single(r => r.Name == "Oslo").Id;
        var frogner = (await Call<IOfficeAppService, PagedResult<OfficeDto>>(s => s.GetListAsync(new OfficeQuery { Filter = "Frogner" }, default))).Items.Single();
        var stranger = (await Call<IPersonAppService, PagedResult<PersonDto>>(s => s.GetListAsync(new PersonQuery { OfficeId = frogner.Id }, default))).Items[0].Id;
        (await Call<IGapAnalysisAppService, GapSummaryDto>(s => s.GetSummaryAsync(new GapQuery(), default))).Total.Total.ShouldBeGreaterThan(0);

        await Db.SignInAsAsync("regionkoordinator");
        await Should.ThrowAsync<EntityNotFoundException>(() => Call<IGapAnalysisAppService, GapSummaryDto>(s => s.GetSummaryAsync(new GapQuery { RegionId = oslo }, default)));
        var own = await Call<IGapAnalysisAppService, GapSummaryDto>(s => s.GetSummaryAsync(new GapQuery(), default));
        own.ByUnit.ShouldNotBeEmpty();
        own.ByUnit.ShouldNotContain(u => u.Id == frogner.Id);

        await Db.SignInAsAsync("leder");
        await Should.ThrowAsync<EntityNotFoundException>(() => Call<ICompetenceProfileAppService, CompetenceProfileDto>(s => s.GetAsync(stranger, default)));
    }
}
