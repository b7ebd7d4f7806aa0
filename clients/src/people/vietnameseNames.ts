// Vietnamese full names are written family name first, given name last ("Nguyễn Thị Minh Khai"); lists of people
// are ordered by given name, then family name, then middle names, with Vietnamese letter order (a < ă < â, d < đ).

const collator = new Intl.Collator('vi', { usage: 'sort', sensitivity: 'variant', numeric: true });

interface NameParts {
  given: string;
  family: string;
  middle: string;
}

function nameParts(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length <= 1) {
    return { given: words[0] ?? '', family: '', middle: '' };
  }
  return {
    given: words[words.length - 1],
    family: words[0],
    middle: words.slice(1, -1).join(' '),
  };
}

export function compareVietnameseNames(a: string, b: string): number {
  const left = nameParts(a);
  const right = nameParts(b);
  return (
    collator.compare(left.given, right.given) ||
    collator.compare(left.family, right.family) ||
    collator.compare(left.middle, right.middle)
  );
}

/** A new array of the people ordered the Vietnamese way by the name that `nameOf` reads. */
export function sortByVietnameseName<T>(people: readonly T[], nameOf: (person: T) => string): T[] {
  return [...people].sort((a, b) => compareVietnameseNames(nameOf(a), nameOf(b)));
}
