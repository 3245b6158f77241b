namespace NavLederprogram.Programmes;

public interface IParticipantProgressAppService
{
    Task<MyProgrammeDto> GetMineAsync(CancellationToken ct);
    Task<MyCohortDto> SubmitAssignmentAsync(Guid enrolmentId, Guid assignmentId, SubmitAssignmentInput input, CancellationToken ct);
    Task<MyCohortDto> WriteReflectionAsync(Guid enrolmentId, Guid reflectionTaskId, WriteReflectionInput input, CancellationToken ct);
}
