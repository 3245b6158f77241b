namespace NavLederprogram.ELearning;

/// <summary>One person's required course, for reads over many people at once.</summary>
public sealed record PersonRequiredCourse(Guid PersonId, RequiredCourse Course);
