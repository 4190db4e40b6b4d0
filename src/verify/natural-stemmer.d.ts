// natural ships no types for its per-file modules. We import the French stemmer file directly because
// importing the package root loads every module and prints to stdout.
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
