using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public class AssignmentSubmission
{
    public Guid AssignmentId { get; set; }
    public string Answer { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public AssignmentStatus Status { get; set; }
    public string? Feedback { get; set; }
    public Actor? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
}
