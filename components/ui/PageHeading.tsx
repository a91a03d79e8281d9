export function PageHeading({
  kicker,
  title,
  description,
}: {
  kicker?: string;
  title: string;
  description?: string;
}) {
  return (
    <header className="border-b-4 border-brand pb-4">
      {kicker && <p className="text-sm font-bold text-brand">{kicker}</p>}
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      {description && <p className="mt-2 max-w-3xl text-muted">{description}</p>}
    </header>
  );
}
