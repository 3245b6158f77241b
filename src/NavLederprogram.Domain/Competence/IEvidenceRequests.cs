namespace NavLederprogram.Competence;

/// <summary>Requests for competence evidence from other modules; what they ask for waits in the approval flow.</summary>
[ModuleContract]
public interface IEvidenceRequests
{
    /// <summary>
    /// A pending manager-assessed evidence for the person, at a level of the area's scale (else a 400 on <c>level</c>). Saved with the
    /// caller's unit of work. <paramref name="sourceReference"/> names what it came from, so that the same thing is asked once.
    /// </summary>
    Task<Guid> RequestManagerAssessmentAsync(Guid personId, Guid areaId, int level, string title, string sourceReference, CancellationToken ct = default);
}
