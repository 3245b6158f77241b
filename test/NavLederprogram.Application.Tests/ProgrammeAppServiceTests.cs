using System.Text.Json;
using NavLederprogram.Competence;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;
using Shouldly;
using UglyToad.PdfPig;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class ProgrammeAppServiceTests : SeededDatabaseTests
{
    private static DateOnly Today => OsloTime.Today(TimeProvider.System);

    private Task<ProgrammeVersionDto> Versions(Func<IProgrammeAppService, Task<ProgrammeVersionDto>> f) => Call(f);
    private Task<CohortDto> Cohorts(Func<ICohortAppService, Task<CohortDto>> f) => Call(f);
    private Task<EnrolmentDto> Enrolments(Func<IEnrolmentAppService, Task<EnrolmentDto>> f) => Call(f);

    private async Task<Guid> PublishedVersionIdAsync() =>
        (await Call<IProgrammeAppService, IReadOnlyList<ProgrammeVersionSummaryDto>>(s => s.GetVersionsAsync(default)))
        .First(v => v.Status == ProgrammeVersionStatus.Published).Id;

    private static SaveModuleInput Edit(ModuleDto module, string title, string concurrencyStamp)
    {
        static TranslatedTextInput Text(TranslatedTextDto t) => new() { Nb = t.Nb, Nn = t.Nn, En = t.En };
        return new SaveModuleInput
        {
            Title = new TranslatedTextInput { Nb = title },
            Description = Text(module.Description),
            LearningOutcomes = module.LearningOutcomes.Select(Text).ToList(),
            CourseReference = module.CourseReference,
            Gatherings = module.Gatherings.Select(g => new GatheringInput { Id = g.Id, Title = Text(g.Title), Format = g.Format, DurationMinutes = g.DurationMinutes }).ToList(),
            Assignments = module.Assignments.Select(a => new AssignmentInput
            {
                Id = a.Id,
                Title = Text(a.Title),
                Instructions = Text(a.Instructions),
                DueDaysAfterUnlock = a.DueDaysAfterUnlock,
            }).ToList(),
            ReflectionTasks = module.ReflectionTasks.Select(r => new ReflectionTaskInput { Id = r.Id, Prompt = Text(r.Prompt) }).ToList(),
            Grants = module.Grants.Select(g => new GrantInput { CompetenceAreaId = g.CompetenceAreaId, Level = g.Level, ValidMonths = g.ValidMonths }).ToList(),
            ConcurrencyStamp = concurrencyStamp,
        };
    }

    private async Task<CohortDto> NewCohortAsync(string name, int capacity, int opens = 0, Guid? regionId = null, bool open = true, bool requiresApproval = false)
    {
        var versionId = await PublishedVersionIdAsync();
        var cohort = await Cohorts(s => s.CreateAsync(new SaveCohortInput
        {
            ProgrammeVersionId = versionId,
            Name = name,
            RegionId = regionId,
            Capacity = capacity,
            RequiresApproval = requiresApproval,
            EnrolmentOpensOn = Today.AddDays(opens),
            EnrolmentClosesOn = Today.AddDays(opens + 10),
            StartsOn = Today.AddDays(opens + 20),
            EndsOn = Today.AddDays(opens + 120),
        }, default));
        cohort.Status.ShouldBe(CohortStatus.Planned);
        return open ? await Cohorts(s => s.ChangeStatusAsync(cohort.Id, "openEnrolment", new CohortActionInput { ConcurrencyStamp = cohort.ConcurrencyStamp }, default)) : cohort;
    }

    private async Task<List<Guid>> NomineesAsync(Guid cohortId, int count) =>
        (await Call<IEnrolmentAppService, PagedResult<NomineeDto>>(s => s.GetNomineesAsync(cohortId, new PagedQuery { MaxResultCount = 200 }, default)))
        .Items.Where(n => n.CanNominate).Take(count).Select(n => n.PersonId).ToList();

    [Fact]
    public async Task A_version_is_published_only_when_both_KS_and_the_directorate_approve_and_an_edit_resets_the_approvals()
    {
        await Db.SignInAsAsync("ksadmin");
        var published = await Versions(async s => await s.GetVersionAsync(await PublishedVersionIdAsync(), default));
        var draft = await Versions(s => s.CreateVersionAsync(new CreateVersionInput { CopyFromVersionId = published.Id, Name = new TranslatedTextInput { Nb = "Lederprogrammet 2027" } }, default));
        draft.Status.ShouldBe(ProgrammeVersionStatus.Draft);
        draft.Modules.Select(m => m.Title.Nb).ShouldBe(published.Modules.Select(m => m.Title.Nb));
        draft.MyParty.ShouldBe(ApprovalParty.Ks);
        var second = await Should.ThrowAsync<BusinessException>(() => Versions(s => s.CreateVersionAsync(new CreateVersionInput { Name = new TranslatedTextInput { Nb = "En til" } }, default)));
        second.Code.ShouldBe(NavLederprogramErrorCodes.DraftExists);

        var byKs = await Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = draft.ConcurrencyStamp }, default));
        byKs.Approvals.Select(a => a.Party).ShouldBe([ApprovalParty.Ks]);
        byKs.Status.ShouldBe(ProgrammeVersionStatus.Draft);
        byKs.CanApprove.ShouldBeFalse();
        (await Should.ThrowAsync<BusinessException>(() => Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = byKs.ConcurrencyStamp }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.VersionAlreadyApproved);

        // An edit after the approval: what KS approved is no longer what would be published.
        var reset = await Versions(s => s.UpdateModuleAsync(draft.Id, byKs.Modules[0].Id, Edit(byKs.Modules[0], "Lederrollen i NAV-kontoret – revidert", byKs.ConcurrencyStamp), default));
        reset.Approvals.ShouldBeEmpty();
        reset.History.Select(h => h.Action).ShouldContain(VersionHistoryAction.ApprovalsReset);

        // Neither a regional coordinator nor an approval of what the approver did not see counts.
        await Db.SignInAsAsync("regionkoordinator");
        (await Should.ThrowAsync<BusinessException>(() => Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = reset.ConcurrencyStamp }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.NotAnApprover);
        await Db.SignInAsAsync("diradmin");
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = byKs.ConcurrencyStamp }, default)));

        var byDirectorate = await Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = reset.ConcurrencyStamp }, default));
        byDirectorate.Status.ShouldBe(ProgrammeVersionStatus.Draft);
        await Db.SignInAsAsync("ksadmin");
        var publishedNow = await Versions(s => s.ApproveAsync(draft.Id, new ConcurrencyInput { ConcurrencyStamp = byDirectorate.ConcurrencyStamp }, default));
        publishedNow.Status.ShouldBe(ProgrammeVersionStatus.Published);
        publishedNow.PublishedAt.ShouldNotBeNull();
        publishedNow.Approvals.Select(a => a.Party).ShouldBe([ApprovalParty.Ks, ApprovalParty.Directorate], ignoreOrder: true);

        // Published is final.
        var edit = await Should.ThrowAsync<BusinessException>(() => Versions(s => s.UpdateModuleAsync(draft.Id, publishedNow.Modules[0].Id,
            Edit(publishedNow.Modules[0], "Etter publisering", publishedNow.ConcurrencyStamp), default)));
        edit.Code.ShouldBe(NavLederprogramErrorCodes.VersionNotDraft);
        edit.IsConflict.ShouldBeTrue();
        (await Versions(s => s.GetVersionAsync(draft.Id, default))).Modules[0].Title.Nb.ShouldBe("Lederrollen i NAV-kontoret – revidert");
    }

    [Fact]
    public async Task Nominations_fill_the_seats_then_a_waitlist_in_order_and_a_seat_given_up_goes_to_the_first_in_line()
    {
        await Db.SignInAsAsync("ksadmin");
        var cohort = await NewCohortAsync("Kull med to plasser", capacity: 2);
        cohort.Status.ShouldBe(CohortStatus.EnrolmentOpen);
        var people = await NomineesAsync(cohort.Id, 4);
        people.Count.ShouldBe(4);

        var answers = new List<EnrolmentDto>();
        foreach (var person in people) answers.Add(await Enrolments(s => s.NominateAsync(cohort.Id, new NominateInput { PersonId = person }, default)));
        answers.Select(a => a.Status).ShouldBe([EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted, EnrolmentStatus.Waitlisted]);
        answers.Select(a => a.WaitlistPosition).ShouldBe([null, null, 1, 2]);
        (await Should.ThrowAsync<BusinessException>(() => Enrolments(s => s.NominateAsync(cohort.Id, new NominateInput { PersonId = people[0] }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.AlreadyEnrolled);
        // Each leader is in one cohort at a time: the nominees offered elsewhere leave out those now taken.
        var other = await NewCohortAsync("Kull ved siden av", capacity: 5);
        (await NomineesAsync(other.Id, 200)).ShouldNotContain(people[0]);

        (await Enrolments(s => s.WithdrawAsync(answers[0].Id, new DecideEnrolmentInput { Reason = "Sluttet i stillingen" }, default))).Status.ShouldBe(EnrolmentStatus.Withdrawn);
        var after = await Call<IEnrolmentAppService, IReadOnlyList<EnrolmentDto>>(s => s.GetForCohortAsync(cohort.Id, default));
        after.Single(e => e.Id == answers[2].Id).Status.ShouldBe(EnrolmentStatus.Enrolled);
        after.Single(e => e.Id == answers[3].Id).WaitlistPosition.ShouldBe(1);
        after.Count(e => e.Status == EnrolmentStatus.Enrolled).ShouldBe(2);
    }

    [Fact]
    public async Task In_a_cohort_that_requires_approval_a_request_waits_for_an_admin_who_approves_or_rejects_it_once()
    {
        await Db.SignInAsAsync("ksadmin");
        var cohort = await NewCohortAsync("Kull med godkjenning", capacity: 5, requiresApproval: true);
        var people = await NomineesAsync(cohort.Id, 2);
        var first = await Enrolments(s => s.NominateAsync(cohort.Id, new NominateInput { PersonId = people[0] }, default));
        var second = await Enrolments(s => s.NominateAsync(cohort.Id, new NominateInput { PersonId = people[1] }, default));
        first.Status.ShouldBe(EnrolmentStatus.Pending);
        second.Status.ShouldBe(EnrolmentStatus.Pending);
        (await Cohorts(s => s.GetAsync(cohort.Id, default))).Pending.ShouldBe(2);

        (await Enrolments(s => s.ApproveAsync(first.Id, default))).Status.ShouldBe(EnrolmentStatus.Enrolled);
        var rejected = await Enrolments(s => s.RejectAsync(second.Id, new DecideEnrolmentInput { Reason = "Plassene går til nye ledere først." }, default));
        rejected.Status.ShouldBe(EnrolmentStatus.Rejected);
        rejected.Reason.ShouldBe("Plassene går til nye ledere først.");

        var again = await Should.ThrowAsync<BusinessException>(() => Enrolments(s => s.ApproveAsync(second.Id, default)));
        again.Code.ShouldBe(NavLederprogramErrorCodes.EnrolmentNotPending);
        again.IsConflict.ShouldBeTrue();
        var counts = await Cohorts(s => s.GetAsync(cohort.Id, default));
        (counts.Enrolled, counts.Pending).ShouldBe((1, 0));
    }

    [Fact]
    public async Task Enrolment_outside_the_window_or_outside_ones_scope_is_refused_and_a_cohort_does_not_start_empty()
    {
        await Db.SignInAsAsync("ksadmin");
        var later = await NewCohortAsync("Kull som åpner senere", capacity: 10, opens: 5, open: false);
        var person = (await NomineesAsync(later.Id, 1)).Single();
        (await Should.ThrowAsync<BusinessException>(() => Enrolments(s => s.NominateAsync(later.Id, new NominateInput { PersonId = person }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.EnrolmentClosed);
        (await Call<IEnrolmentAppService, IReadOnlyList<EnrolmentDto>>(s => s.GetForCohortAsync(later.Id, default))).ShouldBeEmpty();

        var opened = await Cohorts(s => s.ChangeStatusAsync(later.Id, "openEnrolment", new CohortActionInput { ConcurrencyStamp = later.ConcurrencyStamp }, default));
        (await Should.ThrowAsync<BusinessException>(() => Cohorts(s => s.ChangeStatusAsync(later.Id, "start", new CohortActionInput { ConcurrencyStamp = opened.ConcurrencyStamp }, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.CohortNoParticipants);

        var regions = (await Call<IRegionAppService, PagedResult<RegionDto>>(s => s.GetListAsync(new PagedQuery { MaxResultCount = 100 }, default))).Items;
        var trondelag = await NewCohortAsync("Kull Trøndelag", capacity: 10, regionId: regions.Single(r => r.Name == "Trøndelag").Id);
        var frogner = (await Call<IOfficeAppService, PagedResult<OfficeDto>>(s => s.GetListAsync(new OfficeQuery { Filter = "Frogner" }, default))).Items.Single();
        var osloPerson = (await Call<IPersonAppService, PagedResult<PersonDto>>(s => s.GetListAsync(new PersonQuery { OfficeId = frogner.Id }, default))).Items[0].Id;

        await Db.SignInAsAsync("regionkoordinator");
        var outside = await Should.ThrowAsync<BusinessException>(() => Enrolments(s => s.NominateAsync(trondelag.Id, new NominateInput { PersonId = osloPerson }, default)));
        outside.Code.ShouldBe(NavLederprogramErrorCodes.NominationOutsideScope);
        outside.Field.ShouldBe("personId");
        (await Call<IEnrolmentAppService, IReadOnlyList<EnrolmentDto>>(s => s.GetForCohortAsync(trondelag.Id, default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_participant_who_completes_the_last_module_gets_evidence_and_a_certificate_with_their_name_while_reflections_stay_private()
    {
        await Db.SignInAsAsync("leder");
        var mine = (await Call<IParticipantProgressAppService, MyProgrammeDto>(s => s.GetMineAsync(default))).Cohorts.Single(c => c.CohortStatus == CohortStatus.Running);
        mine.ModulesCompleted.ShouldBe(3);
        mine.CertificateId.ShouldBeNull();
        var last = mine.Modules[3];
        last.Unlocked.ShouldBeTrue();
        var assignmentId = last.Assignments[0].AssignmentId;
        var sessionId = last.Sessions[0].Session.Id;
        const string privateThought = "Jeg er usikker på om jeg var modig nok i omstillingen i vår.";
        Task<MyCohortDto> Progress(Func<IParticipantProgressAppService, Task<MyCohortDto>> f) => Call(f);

        (await Should.ThrowAsync<ValidationFailedException>(() => Progress(s => s.WriteReflectionAsync(mine.EnrolmentId, last.Reflections[0].ReflectionTaskId,
            new WriteReflectionInput { Text = "" }, default)))).Errors.Keys.ShouldBe(["text"]);
        await Progress(s => s.WriteReflectionAsync(mine.EnrolmentId, last.Reflections[0].ReflectionTaskId, new WriteReflectionInput { Text = privateThought }, default));
        await Progress(s => s.SubmitAssignmentAsync(mine.EnrolmentId, assignmentId, new SubmitAssignmentInput { Answer = "Vi la om mottaket; dette lærte jeg." }, default));

        // Nobody else works on the leader's enrolment.
        await Db.SignInAsAsync("fasilitator");
        await Should.ThrowAsync<EntityNotFoundException>(() => Progress(s => s.SubmitAssignmentAsync(mine.EnrolmentId, assignmentId, new SubmitAssignmentInput { Answer = "x" }, default)));
        await Call<IFacilitationAppService, AttendanceSheetDto>(s => s.RegisterAttendanceAsync(mine.CohortId, sessionId,
            new AttendanceInput { Entries = [new AttendanceEntryInput { EnrolmentId = mine.EnrolmentId, Present = true }] }, default));
        var assessments = await Call<IFacilitationAppService, IReadOnlyList<AssessmentDto>>(s => s.GetAssessmentsAsync(mine.CohortId, default));
        JsonSerializer.Serialize(assessments).ShouldNotContain("modig nok");
        // Work sent back needs feedback to the participant.
        var noFeedback = await Should.ThrowAsync<BusinessException>(() => Call<IFacilitationAppService, AssessmentDto>(s => s.ReviewAsync(mine.CohortId, mine.EnrolmentId,
            assignmentId, new ReviewAssignmentInput { Approved = false }, default)));
        noFeedback.Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRequired);
        noFeedback.Field.ShouldBe("feedback");
        await Call<IFacilitationAppService, AssessmentDto>(s => s.ReviewAsync(mine.CohortId, mine.EnrolmentId, assignmentId,
            new ReviewAssignmentInput { Approved = true, Feedback = "Godt reflektert." }, default));

        await Db.SignInAsAsync("leder");
        var completed = (await Call<IParticipantProgressAppService, MyProgrammeDto>(s => s.GetMineAsync(default))).Cohorts.Single(c => c.EnrolmentId == mine.EnrolmentId);
        completed.Status.ShouldBe(EnrolmentStatus.Completed);
        completed.ModulesCompleted.ShouldBe(4);
        completed.Modules[3].Reflections[0].Text.ShouldBe(privateThought);
        var certificateId = completed.CertificateId.ShouldNotBeNull();
        // The last module's competence is evidence in the leader's profile, through the competence module's events.
        (await Call<ICompetenceProfileAppService, CompetenceProfileDto>(s => s.GetMineAsync(default))).Evidence
            .ShouldContain(e => e.Source == EvidenceSource.ProgrammeModule && e.Title == "Endringsledelse og kollegaveiledning");

        var certificate = (await Call<ICertificateAppService, IReadOnlyList<CertificateDto>>(s => s.GetMineAsync(default))).Single(c => c.Id == certificateId);
        var pdf = await Call<ICertificateAppService, CertificatePdfFile>(s => s.GetPdfAsync(certificateId, "nb", default));
        pdf.ContentType.ShouldBe("application/pdf");
        using (var document = PdfDocument.Open(pdf.Content))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            text.ShouldContain(certificate.PersonName);
            text.ShouldContain(certificate.VerificationCode);
        }
        var typed = certificate.VerificationCode.Replace("-", "").ToLowerInvariant();
        (await Call<ICertificateAppService, CertificateVerificationDto>(s => s.VerifyAsync(typed, default))).PersonName.ShouldBe(certificate.PersonName);

        foreach (var other in new[] { "fasilitator", "ksadmin" })
        {
            await Db.SignInAsAsync(other);
            await Should.ThrowAsync<EntityNotFoundException>(() => Call<ICertificateAppService, CertificatePdfFile>(s => s.GetPdfAsync(certificateId, "nb", default)));
            (await Call<ICertificateAppService, IReadOnlyList<CertificateDto>>(s => s.GetMineAsync(default))).ShouldNotContain(c => c.Id == certificateId);
        }
    }
}
