using NavLederprogram.Competence;

namespace NavLederprogram.ELearning;

/// <summary>
/// Required by role: a published course is required for a person when it grants, at the required level or higher, the
/// competence of a requirement they do not meet. Several requirements behind one course give the earliest deadline.
/// </summary>
public static class CourseRequirementRules
{
    public static IReadOnlyList<PersonRequiredCourse> Match(IEnumerable<OpenRequirement> open, IReadOnlyList<PublishedCourseGrants> courses) =>
        open.SelectMany(r => courses
                .Where(c => c.Grants.Any(g => g.CompetenceAreaId == r.CompetenceAreaId && g.Level >= r.RequiredLevel))
                .Select(c => (r.PersonId, c.CourseId, r.Deadline, r.Status)))
            .GroupBy(x => (x.PersonId, x.CourseId))
            .Select(g =>
            {
                var first = g.MinBy(x => x.Deadline);
                return new PersonRequiredCourse(g.Key.PersonId, new RequiredCourse(g.Key.CourseId, first.Deadline, first.Status.ToString()));
            })
            .OrderBy(r => r.Course.DueOn)
            .ToList();
}
