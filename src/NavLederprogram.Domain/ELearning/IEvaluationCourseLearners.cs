namespace NavLederprogram.ELearning;

/// <summary>Who takes a course, for the evaluations of it: one statement whatever the number of courses.</summary>
[ModuleContract]
public interface IEvaluationCourseLearners
{
    /// <summary>The people enrolled in each course; courses without any are left out.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetLearnersAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default);

    /// <summary>The courses the person is enrolled in.</summary>
    Task<IReadOnlyList<Guid>> GetCoursesOfLearnerAsync(Guid personId, CancellationToken ct = default);
}
