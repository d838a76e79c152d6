# Writes a synthetic SIRENE StockEtablissement extract (official header of format 3.11) of N data lines.
import sys, random
n = int(sys.argv[1]); out = open(sys.argv[2], 'w', newline='')
H = "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,trancheEffectifsEtablissement,anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement"
out.write(H + "\n")
r = random.Random(1)
nafs = ['10.51C','11.05Z','16.10A','25.62B','47.11F','70.22Z','86.10Z','41.20B','01.41Z','56.10A','62.01Z','68.20B']
bands = ['NN','00','01','02','03','11','12','21','22','','NN','01']
for i in range(n):
    siren = 300000000 + i
    siret = f"{siren}{(i % 97) + 10001:05d}"[:14]
    commune = f"03{r.randint(1, 320):03d}"
    state = 'F' if r.random() < 0.45 else 'A'
    status = 'P' if r.random() < 0.03 else 'O'
    x = 650000 + r.random() * 100000; y = 6550000 + r.random() * 100000
    ens = f"ETABLISSEMENT {i}" if r.random() < 0.4 else ''
    usual = f"SOCIETE {i}, SITE {i % 7}" if not ens and r.random() < 0.5 else ''
    cells = [str(siren), siret[9:], siret, status, '2004-05-12', r.choice(bands), '2022', '', '2024-03-01T10:12:30', 'true', '2',
             '', str(r.randint(1, 200)), '', '', '', 'RUE', 'DE LA GARE', '03000', f'COMMUNE {commune}', '', '', commune, '', '', '', '',
             f'{commune}_{i}', f'{x:.1f}', f'{y:.1f}', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '2019-01-01', state,
             ens, '', '', usual, r.choice(nafs), 'NAFRev2', 'O']
    out.write(','.join('"' + c + '"' if ',' in c else c for c in cells) + '\n')
out.close()
