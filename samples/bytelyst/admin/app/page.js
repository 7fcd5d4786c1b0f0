export default function Admin() {
  return <main>ByteLyst admin (compose2helm sample placeholder)</main>;
}
