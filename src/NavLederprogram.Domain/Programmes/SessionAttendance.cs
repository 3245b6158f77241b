using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public class SessionAttendance
{
    public Guid SessionId { get; set; }
    public bool Present { get; set; }
    public Actor RegisteredBy { get; set; } = null!;
    public DateTime RegisteredAt { get; set; }
}
