/** ANS reviewer dashboard: queue, statistics, review page, decisions. */
export const review = {
  queueTitle: "File d'examen",
  dashboardTitle: 'Tableau de bord',
  reviewTitle: 'Examen du dossier',
};
