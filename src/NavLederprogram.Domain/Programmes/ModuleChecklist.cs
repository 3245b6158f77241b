using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public sealed record ModuleChecklist(bool ELearningDone, int GatheringsAttended, int Gatherings, int AssignmentsApproved, int Assignments, int ReflectionsWritten, int Reflections)
{
    public bool IsComplete => ELearningDone && GatheringsAttended == Gatherings && AssignmentsApproved == Assignments && ReflectionsWritten == Reflections;
}
