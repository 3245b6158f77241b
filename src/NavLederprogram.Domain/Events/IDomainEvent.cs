namespace NavLederprogram.Events;

/// <summary>Something that happened in one module that others may react to, published after it is saved.</summary>
public interface IDomainEvent;
