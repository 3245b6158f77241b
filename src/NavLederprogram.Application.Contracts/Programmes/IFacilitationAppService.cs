namespace NavLederprogram.Programmes;

public interface IFacilitationAppService
{
    Task<AttendanceSheetDto> GetAttendanceAsync(Guid cohortId, Guid sessionId, CancellationToken ct);
    Task<AttendanceSheetDto> RegisterAttendanceAsync(Guid cohortId, Guid sessionId, AttendanceInput input, CancellationToken ct);
    /// <summary>Submissions in the cohort, those waiting for assessment first.</summary>
    Task<IReadOnlyList<AssessmentDto>> GetAssessmentsAsync(Guid cohortId, CancellationToken ct);
    Task<AssessmentDto> ReviewAsync(Guid cohortId, Guid enrolmentId, Guid assignmentId, ReviewAssignmentInput input, CancellationToken ct);
}
