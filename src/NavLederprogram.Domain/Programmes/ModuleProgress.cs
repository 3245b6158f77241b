using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public class ModuleProgress
{
    public Guid ModuleId { get; set; }
    public DateTime? ELearningDoneAt { get; set; }
    public List<Guid> ReflectionsWritten { get; set; } = [];
    public DateOnly? CompletedOn { get; set; }
}
