namespace NavLederprogram.ELearning;

public interface ICourseAssignmentAppService
{
    /// <summary>The published courses an assigner can give, and the offices and job roles in their scope to give them to.</summary>
    Task<CourseAssignmentOptionsDto> GetOptionsAsync(CancellationToken ct);

    Task<CourseAssignmentResultDto> AssignAsync(AssignCourseInput input, CancellationToken ct);
}
