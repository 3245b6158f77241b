using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.Paging;
using PdfSharp.Pdf;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class CourseRequirementAppTests : SeededDatabaseTests
{
    private static byte[] OnePagePdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private Task<CompetenceProfileDto> ProfileAsync() => As<ICompetenceProfileAppService, CompetenceProfileDto>("leder", s => s.GetMineAsync(default));

    private Task<IReadOnlyList<RequiredCourse>> RequiredAsync(Guid personId) =>
        Call<ICourseRequirementQueries, IReadOnlyList<RequiredCourse>>(q => q.GetRequiredForPersonAsync(personId, default));

    [Fact]
    public async Task A_course_granting_a_competence_the_leader_lacks_is_required_by_the_deadline_until_an_approved_diploma_meets_the_requirement()
    {
        var profile = await ProfileAsync();
        var personId = profile.PersonId!.Value;
        var grants = await Call<ICourseGrantQueries, IReadOnlyList<PublishedCourseGrants>>(q => q.GetPublishedGrantsAsync(default));
        // A mandatory requirement the leader does not meet that a demo course grants.
        var gap = profile.Requirements.First(r => r.IsMandatory && r.Status is CompetenceStatus.MissingWithinDeadline or CompetenceStatus.Overdue or CompetenceStatus.Expired
            && grants.Any(c => c.Grants.Any(g => g.CompetenceAreaId == r.CompetenceAreaId && g.Level >= r.RequiredLevel)));
        var course = grants.First(c => c.Grants.Any(g => g.CompetenceAreaId == gap.CompetenceAreaId && g.Level >= gap.RequiredLevel));

        var required = (await RequiredAsync(personId)).Single(r => r.CourseId == course.CourseId);
        required.DueOn.ShouldBe(gap.Deadline);
        required.Reason.ShouldBe(gap.Status.ToString());
        // Competence that is met requires no course.
        var metAreas = profile.Requirements.Where(r => r.Status == CompetenceStatus.Met).Select(r => r.CompetenceAreaId).ToHashSet();
        (await RequiredAsync(personId)).ShouldAllBe(r => !grants.Single(c => c.CourseId == r.CourseId).Grants.All(g => metAreas.Contains(g.CompetenceAreaId)));

        var pdf = OnePagePdf();
        var diploma = await As<ICompetenceEvidenceAppService, EvidenceDto>("leder", s => s.UploadMineAsync(
            new UploadEvidenceInput { CompetenceAreaId = gap.CompetenceAreaId, Level = gap.RequiredLevel, Title = "Diplom", AchievedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)) },
            new EvidenceFile("diplom.pdf", pdf.Length, new MemoryStream(pdf)), default));
        // Uploaded, not yet approved: still required.
        (await RequiredAsync(personId)).ShouldContain(r => r.CourseId == course.CourseId);

        await As<ICompetenceEvidenceAppService, EvidenceDto>("regionkoordinator", s => s.ApproveAsync(diploma.Id, default));
        (await RequiredAsync(personId)).ShouldNotContain(r => r.CourseId == course.CourseId);
    }

    [Fact]
    public async Task Required_courses_for_many_people_are_the_same_as_for_each_of_them()
    {
        var people = await As<Organisation.IPersonAppService, PagedResult<Organisation.PersonDto>>("sysadmin",
            s => s.GetListAsync(new Organisation.PersonQuery { MaxResultCount = 50 }, default));
        var ids = people.Items.Select(p => p.Id).ToList();
        var together = await Call<ICourseRequirementQueries, IReadOnlyList<PersonRequiredCourse>>(q => q.GetRequiredForPeopleAsync(ids, default));
        together.ShouldNotBeEmpty();
        foreach (var id in ids.Take(10))
            (await RequiredAsync(id)).ShouldBe(together.Where(r => r.PersonId == id).Select(r => r.Course).ToList(), ignoreOrder: true);
    }
}
